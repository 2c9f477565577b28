package io.lambdasim.model.des;

/**
 * The future-event list of a discrete-event simulation. Events are primitive: a time in microseconds, a priority that
 * orders events of the same time (lower first), and two int payloads the model interprets (an event type and a target,
 * say). Ties are broken deterministically by (time, priority, insertion sequence), as CloudSim Plus does.
 *
 * <p>Cancellation is lazy, as in KSL: a model that wants to cancel an event marks its target stale (a generation
 * number in the payload that no longer matches) and ignores the event when it comes out. The list never searches.
 *
 * <p>Implementations allocate only when they grow.
 */
public interface EventList {

    /** Schedules an event; {@code time} must not be before the time of the last event taken out. */
    void schedule(long time, int priority, int a, int b);

    /** Whether no event is pending. */
    boolean isEmpty();

    /** The number of pending events. */
    int size();

    /** The time of the next event; undefined when empty. */
    long peekTime();

    /**
     * Takes the next event out; its fields are then read with {@link #time()}, {@link #a()}, {@link #b()}
     * until the next call.
     */
    void next();

    /** Time of the event last taken out. */
    long time();

    /** First payload of the event last taken out. */
    int a();

    /** Second payload of the event last taken out. */
    int b();

    /** Drops every pending event. */
    void clear();
}

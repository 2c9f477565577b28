package io.lambdasim.model.capacity;

/** How a function is invoked: synchronous requests fail with 429 when throttled; asynchronous events are retried. */
public enum InvocationType {
    SYNC,
    ASYNC
}

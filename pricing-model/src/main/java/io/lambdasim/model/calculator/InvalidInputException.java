package io.lambdasim.model.calculator;

/** Inputs that are out of range or contradict each other; the message is one line a user can act on. */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}

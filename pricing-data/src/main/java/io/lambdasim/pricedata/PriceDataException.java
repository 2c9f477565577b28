package io.lambdasim.pricedata;

/**
 * A price file that cannot be used, with the file and the field at fault: {@code file: field: reason}.
 */
public final class PriceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public PriceDataException(String file, String field, String reason) {
        super(file + ": " + field + ": " + reason);
        this.file = file;
        this.field = field;
    }

    public PriceDataException(String file, String field, String reason, Throwable cause) {
        super(file + ": " + field + ": " + reason, cause);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}

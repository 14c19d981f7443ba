package org.liaison.agreements.internal;

/** The reference data files are malformed or inconsistent; the message names the file and line. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

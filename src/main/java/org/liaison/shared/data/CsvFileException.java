package org.liaison.shared.data;

/** A data file that cannot be read as it should: the message names the file, the line and, where known, the column. */
public class CsvFileException extends RuntimeException {

    public CsvFileException(String message) {
        super(message);
    }

    public CsvFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

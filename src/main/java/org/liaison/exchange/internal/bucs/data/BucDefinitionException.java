package org.liaison.exchange.internal.bucs.data;

import java.util.List;

/** A BUC definition file is malformed: the message names the file and the JSON path of every problem. */
public class BucDefinitionException extends RuntimeException {

    private final List<String> problems;

    public BucDefinitionException(String file, List<String> problems) {
        super("Malformed BUC definitions in " + file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package org.liaison.identity;

import java.util.List;
import java.util.Optional;

/** Reads the organisations users belong to. */
public interface Organisations {

    Optional<Organisation> find(String code);

    /** Every organisation, ordered by name. */
    List<Organisation> all();
}

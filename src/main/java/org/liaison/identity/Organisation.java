package org.liaison.identity;

import java.util.Objects;

/**
 * An organisation users belong to: the liaison body itself, a French institution (CPAM, CNAV, Urssaf...), a
 * translation provider...
 *
 * @param code short upper-case code, e.g. {@code CPAM-PARIS}
 * @param name display name
 * @param kind what kind of organisation it is
 */
public record Organisation(String code, String name, OrganisationKind kind) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}

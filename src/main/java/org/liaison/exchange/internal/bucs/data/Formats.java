package org.liaison.exchange.internal.bucs.data;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.exchange.bucs.CaseRole;
import tools.jackson.databind.JsonNode;

/** The value formats of the BUC definition files. */
final class Formats {

    /**
     * An SED code as eessi.md §1 writes it: A001, P10000, H001, X001, DA001, country variants such as P3000_FR and the
     * frontier-worker variant U001CB.
     */
    static final Pattern SED = Pattern.compile("[A-Z]{1,2}[0-9]{3,5}(_[A-Z]{2}|CB)?");
    static final Pattern ADMIN_SED = Pattern.compile("X[0-9]{3}");
    static final Pattern BUC = Pattern.compile("[A-Z]{1,3}_BUC_[0-9]{2}[a-z]?");
    static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+");
    static final Pattern SECTOR = Pattern.compile("[A-Z]{1,3}");
    static final Pattern ROLE = Pattern.compile("CASE_OWNER|COUNTERPARTY");
    static final Pattern ANY_TEXT = Pattern.compile("(?s).+");

    private Formats() {
    }

    static Set<CaseRole> roles(JsonReader reader, JsonNode parent, String path) {
        List<String> names = reader.strings(parent, "by", path, ROLE, true);
        Set<CaseRole> roles = EnumSet.noneOf(CaseRole.class);
        names.forEach(name -> roles.add(CaseRole.valueOf(name)));
        return roles;
    }
}

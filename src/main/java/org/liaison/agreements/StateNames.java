package org.liaison.agreements;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** France and its partners, named in the reader's language, for the pages' lists and for showing codes as names. */
public final class StateNames {

    private final AgreementRegistry registry;

    public StateNames(AgreementRegistry registry) {
        this.registry = registry;
    }

    /** Code → name, France first, then the partners by name. */
    public Map<String, String> names(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Partner> partners = new ArrayList<>(registry.partners());
        partners.sort(Comparator.comparing(p -> p.name(locale), collator));
        Map<String, String> names = new LinkedHashMap<>();
        names.put(registry.home().code().value(), registry.home().name(locale));
        partners.forEach(p -> names.put(p.code().value(), p.name(locale)));
        return names;
    }
}

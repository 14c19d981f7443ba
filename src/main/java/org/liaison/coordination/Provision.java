package org.liaison.coordination;

import java.util.Objects;
import java.util.regex.Pattern;
import org.liaison.shared.LegalReference;
import org.liaison.shared.Text;

/**
 * A legal provision that decides an applicable legislation: one code per provision, e.g. {@code EU_883_ART12_1},
 * {@code EU_883_ART13_1_B_III}, {@code UK_TCA_SSC_ART11_1}, {@code BILATERAL_FR_US_ART6}, {@code DECREE_FR_NC_ART5}.
 */
public record Provision(String code, LegalReference reference, Text title) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Provision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a provision code: " + code);
        }
    }
}

package org.liaison.exchange.internal.institutions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionBuc;

/** SHA-256 of an institution's record in a fixed canonical form: equal records, equal hashes, whatever the file's layout. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Institution institution) {
        StringBuilder text = new StringBuilder()
                .append(institution.id()).append('\u0000')
                .append(institution.name()).append('\u0000')
                .append(Objects.toString(institution.acronym(), "")).append('\u0000')
                .append(institution.environment()).append('\u0000')
                .append(institution.accessPoint()).append('\u0000')
                .append(institution.validFrom()).append('\u0000')
                .append(Objects.toString(institution.validTo(), "")).append('\u0000');
        for (InstitutionBuc buc : institution.bucs()) {
            text.append(buc.bucType()).append('/').append(buc.role()).append(',');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

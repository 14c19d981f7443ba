package org.liaison.exchange.internal.catalogue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The French social security number (NIR, "numéro d'inscription au répertoire"): 13 characters and a 2-digit key.
 * <ul>
 *   <li>13 characters: sex (1 digit), year and month of birth (2 + 2), place of birth (5 digits or characters),
 *   order number (3): décret n° 82-103 du 22 janvier 1982, art. 4, quoted by INSEE
 *   (https://xml.insee.fr/schema/2004/nir.html).</li>
 *   <li>Key = 97 − (the 13-digit number mod 97), Corsica's 2A and 2B counted as 19 and 18
 *   (https://www.comptavoo.com/Verifier-et-decomposer-un-numero-de-securite-sociale,1070.html;
 *   https://wp.publimath.fr/nu010).</li>
 *   <li>First digit 1 (men) or 2 (women); 7 or 8 for a temporary number given while the person is being registered
 *   (http://www.lbcd78.fr/2007/02/26/nouveau-module-pour-netvibes-calcul-de-la-cle-du-n%C2%B0-de-securite-sociale/).
 *   No source gives a different key for temporary numbers, so the same key is checked.</li>
 *   <li>Month 01–12, or 20–42 and 50–99 for a birth record that is incomplete (comptavoo, as above).</li>
 * </ul>
 * Spaces are ignored. Pure Java, no framework.
 */
final class FrenchNir {

    private static final Pattern SHAPE = Pattern.compile("[1278][0-9]{2}[0-9]{2}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}");

    private FrenchNir() {
    }

    /** What is wrong with the number, or empty when it is a well-formed NIR with the right key. */
    static Optional<Problem> check(String raw) {
        String nir = raw.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(nir).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        int month = Integer.parseInt(nir.substring(3, 5));
        if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) {
            return Optional.of(Problem.FORMAT);
        }
        int key = Integer.parseInt(nir.substring(13));
        return key == key(nir.substring(0, 13)) ? Optional.empty() : Optional.of(Problem.KEY);
    }

    /** The key of the 13 first characters. */
    static int key(String first13) {
        String digits = first13.replace("2A", "19").replace("2B", "18");
        return 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
    }

    /** Whether the number is a temporary one (first digit 7 or 8). */
    static boolean temporary(String raw) {
        String nir = raw.strip();
        return !nir.isEmpty() && (nir.charAt(0) == '7' || nir.charAt(0) == '8');
    }

    enum Problem { FORMAT, KEY }
}

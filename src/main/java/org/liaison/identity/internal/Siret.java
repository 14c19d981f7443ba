package org.liaison.identity.internal;

/**
 * The key of a SIRET (14 digits: the SIREN of the company and the number of its establishment). INSEE's rule: the
 * 14 digits pass the Luhn check (from the right, every second digit doubled, 9 subtracted when over 9, the sum a
 * multiple of 10). The one exception is La Poste (SIREN 356 000 000), which has more establishments than the key
 * allows: its SIRETs are valid when the plain sum of the 14 digits is a multiple of 5 — except its head office,
 * 356 000 000 00048, numbered before the rule and keyed by Luhn (INSEE, SIRENE register, "contrôle du numéro SIRET";
 * the same rule as python-stdnum's {@code fr.siret}).
 */
public final class Siret {

    static final String LA_POSTE_SIREN = "356000000";
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private Siret() {
    }

    /** Whether the text is 14 digits (spaces allowed between groups) whose key is right. */
    public static boolean valid(String text) {
        String siret = normalise(text);
        if (siret == null) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_HEAD_OFFICE)) {
            int sum = 0;
            for (char c : siret.toCharArray()) {
                sum += c - '0';
            }
            return sum % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The 14 digits without the spaces people type between groups, or null when it is not 14 digits. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "").replace("\u00a0", "");
        return digits.matches("[0-9]{14}") ? digits : null;
    }
}

package org.liaison.exchange.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The French NIR: 13 characters (décret n° 82-103 art. 4, https://xml.insee.fr/schema/2004/nir.html) and a key of
 * 97 − (number mod 97), Corsica 2A/2B counted as 19/18
 * (https://www.comptavoo.com/Verifier-et-decomposer-un-numero-de-securite-sociale,1070.html).
 */
class FrenchNirTests {

    @Test
    @DisplayName("The worked example 2 06 12 75 111 005 has the key 64 "
            + "(http://www.lbcd78.fr/2007/02/26/nouveau-module-pour-netvibes-calcul-de-la-cle-du-n%C2%B0-de-securite-sociale/)")
    void theSourcesWorkedExampleHasKey64() {
        assertThat(FrenchNir.key("2061275111005")).isEqualTo(64);
        assertThat(FrenchNir.check("2 06 12 75 111 005 64")).isEmpty();
    }

    @Test
    void aWrongKeyIsReportedAsSuch() {
        assertThat(FrenchNir.check("206127511100565")).contains(FrenchNir.Problem.KEY);
    }

    @Test
    @DisplayName("A person born in Corse-du-Sud (2A) or Haute-Corse (2B): the key is computed with 19 or 18 in place of 2A or 2B")
    void corsicanNumbersUseTheSubstitutedDigits() {
        // numbers built from the rule, not from a real person: man born March 1970 in 2A 004, order 012
        String corseDuSud = "17003" + "2A" + "004012";
        int key = 97 - (int) (Long.parseLong("1700319004012") % 97);
        assertThat(FrenchNir.key(corseDuSud)).isEqualTo(key);
        assertThat(FrenchNir.check(corseDuSud + String.format("%02d", key))).isEmpty();
        String hauteCorse = "2850" + "5" + "2B" + "033" + "101";
        int keyB = 97 - (int) (Long.parseLong("2850518033101") % 97);
        assertThat(FrenchNir.check(hauteCorse + String.format("%02d", keyB))).isEmpty();
        assertThat(FrenchNir.check(hauteCorse + String.format("%02d", keyB % 97 + 1))).contains(FrenchNir.Problem.KEY);
    }

    @Test
    void temporaryNumbersStartWithSevenOrEightAndCarryTheSameKey() {
        String temporary = "8700599123456";
        assertThat(FrenchNir.temporary(temporary)).isTrue();
        assertThat(FrenchNir.check(temporary + String.format("%02d", FrenchNir.key(temporary)))).isEmpty();
    }

    @Test
    void malformedNumbersAreAFormatProblem() {
        assertThat(FrenchNir.check("12345")).contains(FrenchNir.Problem.FORMAT);
        assertThat(FrenchNir.check("306127511100564")).contains(FrenchNir.Problem.FORMAT); // sex digit 3
        assertThat(FrenchNir.check("206137511100564")).contains(FrenchNir.Problem.FORMAT); // month 13
        assertThat(FrenchNir.check("20612XX11100564")).contains(FrenchNir.Problem.FORMAT);
    }
}

package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The SIRET key as INSEE defines it: Luhn on the 14 digits, except La Poste (SIREN 356 000 000) whose establishments
 * are valid when the sum of the digits is a multiple of 5 (its head office, 356 000 000 00048, keeps Luhn).
 */
class SiretTests {

    @Test
    void aSiretWithTheRightKeyIsValidWithOrWithoutTheSpacesBetweenItsGroups() {
        assertThat(Siret.valid("73282932000074")).isTrue();
        assertThat(Siret.valid("732 829 320 00074")).isTrue();
        assertThat(Siret.valid("55210055400013")).isTrue();
    }

    @Test
    void aSiretWithAWrongKeyOrNotFourteenDigitsIsRefused() {
        assertThat(Siret.valid("73282932000075")).as("last digit changed").isFalse();
        assertThat(Siret.valid("73282932000047")).as("two digits swapped").isFalse();
        assertThat(Siret.valid("7328293200007")).as("13 digits").isFalse();
        assertThat(Siret.valid("7328293200007A")).isFalse();
        assertThat(Siret.valid(null)).isFalse();
        assertThat(Siret.valid("")).isFalse();
    }

    @Test
    void laPostesEstablishmentsAreKeyedByTheSumOfTheirDigits() {
        // 3+5+6 + 0+0+0+0+1 = 15: a multiple of 5, although Luhn would refuse it
        assertThat(Siret.valid("35600000000001")).isTrue();
        assertThat(luhn("35600000000001")).isFalse();
        // sum 16: refused, although the same establishment number elsewhere could pass Luhn
        assertThat(Siret.valid("35600000000002")).isFalse();
        // the head office, numbered before the rule, keeps the Luhn key
        assertThat(Siret.valid("35600000000048")).isTrue();
        assertThat(Siret.valid("35600000000049")).isFalse();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}

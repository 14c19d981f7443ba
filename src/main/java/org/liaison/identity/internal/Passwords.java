package org.liaison.identity.internal;

import java.security.SecureRandom;

/** The password rules: at least 12 characters; generated passwords are 20 random characters. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;

    /** No look-alikes (0/O, 1/l/I) so that a password read out or copied by hand survives. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!@#%+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static boolean acceptable(CharSequence password) {
        return password != null && password.length() >= MIN_LENGTH && !password.toString().isBlank();
    }

    /** About 120 bits of entropy: 20 characters drawn from 65. */
    static String generate() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

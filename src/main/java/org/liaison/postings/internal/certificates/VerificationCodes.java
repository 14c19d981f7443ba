package org.liaison.postings.internal.certificates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verification codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits drawn
 * with {@link SecureRandom}, printed as {@code XXXXX-XXXXX}. Only a salted SHA-256 of the number and the code is
 * stored; comparisons take the same time whatever the input, and public verification is rate-limited, so the
 * code cannot be guessed online.
 */
public final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** A new code, without its separator. */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The code as printed: two groups of five. */
    public static String printed(String code) {
        String clean = normalise(code);
        return clean.length() == LENGTH ? clean.substring(0, 5) + "-" + clean.substring(5) : clean;
    }

    /** What a person typed, read generously: case, spaces and hyphens do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String typed) {
        return WELL_FORMED.matcher(normalise(typed)).matches();
    }

    static byte[] hash(byte[] salt, String number, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((number + '\n' + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of the stored hash with the hash of what was typed. */
    static boolean matches(byte[] salt, byte[] storedHash, String number, String typedCode) {
        return MessageDigest.isEqual(storedHash, hash(salt, number, typedCode));
    }
}

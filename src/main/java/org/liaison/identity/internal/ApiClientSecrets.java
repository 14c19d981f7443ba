package org.liaison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API client's token: {@code liaison_<key id>_<secret>}. The fixed prefix lets a leak scanner (GitHub's secret
 * scanning, gitleaks...) recognise one; the key id (16 characters, public) finds the client's row; the secret
 * (43 characters, 256 random bits) is kept only as its SHA-256 and compared in constant time. A fast hash is
 * enough here: a slow one protects guessable passwords, and 256 random bits cannot be guessed.
 */
public final class ApiClientSecrets {

    public static final String PREFIX = "liaison_";

    static final int KEY_ID_LENGTH = 16;
    static final int SECRET_LENGTH = 43;

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern TOKEN = Pattern.compile(
            Pattern.quote(PREFIX) + "([0-9A-Za-z]{" + KEY_ID_LENGTH + "})_([0-9A-Za-z]{" + SECRET_LENGTH + "})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token taken apart. */
    record Parsed(String keyId, String secret) {
    }

    /** A new token, with the hash of its secret as stored. */
    record Issued(String token, String keyId, String secretHash) {
    }

    private ApiClientSecrets() {
    }

    static Issued issue() {
        String keyId = random(KEY_ID_LENGTH);
        String secret = random(SECRET_LENGTH); // 43 × log2(62) ≈ 256 bits
        return new Issued(PREFIX + keyId + "_" + secret, keyId, hash(secret));
    }

    static Optional<Parsed> parse(String token) {
        Matcher matcher = token == null ? null : TOKEN.matcher(token);
        return matcher != null && matcher.matches()
                ? Optional.of(new Parsed(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant time, so that the time of a refusal says nothing of how much of the hash matched. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}

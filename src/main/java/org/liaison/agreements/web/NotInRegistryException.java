package org.liaison.agreements.web;

/** A partner code or instrument id the registry does not hold. */
class NotInRegistryException extends RuntimeException {

    private final String what;
    private final String key;

    NotInRegistryException(String what, String key) {
        super("No " + what + " " + key);
        this.what = what;
        this.key = key;
    }

    String what() {
        return what;
    }

    String key() {
        return key;
    }
}

package org.liaison.postings.web;

import java.time.ZoneId;

/** The liaison body's time zone: the day a request was received, a certificate checked, as shown on the pages. */
public final class PostingsTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private PostingsTime() {
    }
}

package org.liaison.exchange.cases;

import java.util.Objects;

/** A file sent with an SED: its name, media type and bytes (checked for size and type before anything is stored). */
public record SedAttachment(String fileName, String mediaType, byte[] content) {

    public SedAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

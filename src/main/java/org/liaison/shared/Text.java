package org.liaison.shared;

import java.util.Locale;

/**
 * A text a reader sees in their language: either a text that comes with data, already in French and English
 * ({@link LocalizedText}), or a message of a bundle, rendered only when someone asks for it ({@link Message}).
 */
public sealed interface Text permits LocalizedText, Message {

    /** The text in the locale's language: English for {@code en}, French otherwise. */
    String in(Locale locale);
}

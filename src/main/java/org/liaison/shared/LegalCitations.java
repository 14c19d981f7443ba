package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cites the EU coordination regulations and the cross-border healthcare directive in French and English, as the
 * Official Journal writes them in each language: "Règl. (CE) 883/2004, art. 12(1)" and "Reg. (EC) 883/2004, Art.
 * 12(1)". A citation is written once, in either language's short form ("Reg. 883/2004 art. 12(1)", "Règl. (CE)
 * 883/2004, art. 12(1) ; règl. (CE) 987/2009, art. 14(1)"), and each part separated by a semicolon must name one of
 * these instruments: any other text is refused, so that a citation never shows one language's words in the other.
 */
final class LegalCitations {

    /** The regulations the engines cite, with the Community that adopted them (EC since 1993, EEC before). */
    private static final Map<String, Boolean> REGULATIONS = Map.of(
            "883/2004", true, "987/2009", true, "1408/71", false, "574/72", false, "3/58", false, "4/58", false);

    private static final Pattern REGULATION = Pattern.compile(
            "^(?:Reg\\.|Règl\\.|règl\\.)\\s*(?:\\((?:CE|CEE|EC|EEC)\\)\\s*)?(\\d+/\\d+)");
    private static final Pattern DIRECTIVE = Pattern.compile("^Directive (\\d+/\\d+)/(?:EU|UE)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*;\\s*");

    /** Words of the rest of a citation: each in French, then in English. */
    private static final String[][] WORDS = {
            {"art.", "Art."}, {"et", "and"}, {"annexe", "Annex"}, {"dernière phrase", "last sentence"},
            {"1re phrase", "first sentence"}, {"2e phrase", "second sentence"}, {"partie", "Part"},
            {"(même rang)", "(same rank)"}};

    private LegalCitations() {
    }

    static LocalizedText both(String citation) {
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (String part : SEPARATOR.split(citation.strip())) {
            String[] rendered = part(part, citation);
            french.add(french.isEmpty() ? rendered[0] : lowerFirst(rendered[0]));
            english.add(rendered[1]);
        }
        return new LocalizedText(String.join(" ; ", french), String.join("; ", english));
    }

    /** One part of a citation: an instrument and what follows it (articles, annexes, sentences). */
    private static String[] part(String part, String citation) {
        Matcher regulation = REGULATION.matcher(part);
        Matcher directive = DIRECTIVE.matcher(part);
        String french;
        String english;
        String rest;
        if (regulation.find()) {
            String number = regulation.group(1);
            Boolean community = REGULATIONS.get(number);
            if (community == null) {
                throw new IllegalArgumentException("Not a regulation the engines cite: " + citation);
            }
            french = "Règl. (" + (community ? "CE" : "CEE") + ") " + number;
            english = "Reg. (" + (community ? "EC" : "EEC") + ") " + number;
            rest = part.substring(regulation.end());
        } else if (directive.find()) {
            french = "Directive " + directive.group(1) + "/UE";
            english = "Directive " + directive.group(1) + "/EU";
            rest = part.substring(directive.end());
        } else {
            throw new IllegalArgumentException("Give this citation in French and English: " + citation);
        }
        rest = rest.replaceFirst("^,?\\s*", "");
        if (rest.isEmpty()) {
            return new String[] {french, english};
        }
        boolean continues = rest.startsWith("and ") || rest.startsWith("et ");
        String separator = continues ? " " : ", ";
        return new String[] {french + separator + words(rest, 0), english + separator + words(rest, 1)};
    }

    /** The rest of a citation in one language: its words translated, "14a" written "14bis" in French. */
    private static String words(String rest, int language) {
        String text = rest;
        for (String[] word : WORDS) {
            String other = word[1 - language];
            text = text.replaceAll("(?<![\\p{L}])" + Pattern.quote(other) + "(?![\\p{L}])",
                    Matcher.quoteReplacement(word[language]));
        }
        return language == 0 ? text.replaceAll("\\b(\\d+|[IVX]+)a\\b", "$1bis")
                : text.replaceAll("\\b(\\d+|[IVX]+)bis\\b", "$1a");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

package org.liaison.identity;

/** The kinds of organisation a user can belong to. */
public enum OrganisationKind {
    LIAISON_BODY,
    FRENCH_INSTITUTION,
    FOREIGN_INSTITUTION,
    TRANSLATION_PROVIDER,
    OTHER
}

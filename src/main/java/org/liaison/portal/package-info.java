/**
 * The public information portal: every public page. Home page, legal pages and the public simulators (each asks
 * the coordination engines and shows their answer in plain words); later the pages by profile, situation and
 * country.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "coordination",
        "coordination :: pensions", "coordination :: benefits", "coordination :: care", "shared"})
package org.liaison.portal;

/**
 * The public information portal: home page, legal pages, and (later) pages by profile, situation and country.
 */
package org.liaison.portal;

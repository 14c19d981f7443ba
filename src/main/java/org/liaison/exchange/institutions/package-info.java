/**
 * Exchange API, the institution repository (IR): institutions with their ids, environments, access
 * points, BUCs and roles, searched and asked who can be counterparty for a BUC in a country.
 */
@org.springframework.modulith.NamedInterface("institutions")
package org.liaison.exchange.institutions;

/**
 * Exchange API, the cases of this node: open, send and receive SEDs, administrative actions, history and
 * search, and the events other modules listen to ({@code SedReceived}, {@code SedSent}, {@code CaseClosed},
 * {@code DeadlineMissed}).
 */
@org.springframework.modulith.NamedInterface("cases")
package org.liaison.exchange.cases;

/**
 * Exchange API, the business use cases as versioned data and the BUC engine that judges each action on a
 * case: who may send which SED when, the administrative actions, deadlines, inactivity and archiving.
 */
@org.springframework.modulith.NamedInterface("bucs")
package org.liaison.exchange.bucs;

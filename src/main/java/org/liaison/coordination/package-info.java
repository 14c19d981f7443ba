/**
 * Coordination: the rules engine that applies the coordination instruments. First part: applicable legislation
 * (Reg. 883/2004 Title II, the UK protocol, the bilateral conventions and the coordination decrees), postings and
 * their certificates. The root package is the engine's API: plain records, no framework types. Second part, one
 * named interface per subject: {@code pensions} (aggregation of periods, pro-rata pensions), {@code benefits}
 * (export of benefits, family benefit priority) and {@code care} (unemployment, healthcare routes and reimbursement).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "audit", "exchange :: cases",
        "exchange :: institutions", "identity", "shared"})
package org.liaison.coordination;

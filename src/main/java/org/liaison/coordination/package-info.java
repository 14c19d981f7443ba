/**
 * Coordination: the rules engines that apply the coordination instruments, plain Java, every answer explained.
 * The root package is the applicable-legislation engine's API: the situation (as a client sends it, and checked),
 * the decision and its trace. One named interface per other subject: {@code pensions} (aggregation of periods,
 * pro-rata pensions), {@code benefits} (export of benefits, family benefit priority) and {@code care}
 * (unemployment, healthcare routes and reimbursement), each with its input, the reader that checks it and the view
 * of its answer. Postings and their certificates are the {@code postings} module's; the public simulators' pages
 * are the portal's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "shared"})
package org.liaison.coordination;

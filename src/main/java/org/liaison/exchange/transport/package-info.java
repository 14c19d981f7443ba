/**
 * Exchange API, the transport port between nodes: the message that travels, the receipt, and the failure
 * of an unreachable partner. The in-process implementation connects the nodes of one JVM; AS4 comes next.
 */
@org.springframework.modulith.NamedInterface("transport")
package org.liaison.exchange.transport;

/**
 * Coordination API: pensions (see the module's package documentation).
 */
@org.springframework.modulith.NamedInterface("pensions")
package org.liaison.coordination.pensions;

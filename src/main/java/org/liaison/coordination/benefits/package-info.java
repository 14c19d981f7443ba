/**
 * Coordination API: benefits (see the module's package documentation).
 */
@org.springframework.modulith.NamedInterface("benefits")
package org.liaison.coordination.benefits;

/**
 * Coordination API: care (see the module's package documentation).
 */
@org.springframework.modulith.NamedInterface("care")
package org.liaison.coordination.care;

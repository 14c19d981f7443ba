/**
 * Shared kernel: value types used by every module (country codes, legal references, periods) and the
 * infrastructure every module runs on (the embedded database, the web shell's locale handling).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liaison.shared;

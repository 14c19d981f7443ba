/**
 * Identity: users, roles, organisations, authentication and the web security rules.
 */
package org.liaison.identity;

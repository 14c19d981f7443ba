/**
 * Identity: users, roles, organisations, authentication, and the security configuration that applies the access
 * rules every module declares for its own addresses ({@code shared.web.AccessRules}). Other modules read users
 * and organisations through {@link org.liaison.identity.Users} and {@link org.liaison.identity.Organisations}
 * and check roles with {@link org.liaison.identity.Role}.
 */
package org.liaison.identity;

/**
 * Identity: users, roles, organisations, authentication and the web security rules. Other modules read users
 * and organisations through {@link org.liaison.identity.Users} and {@link org.liaison.identity.Organisations}
 * and check roles with {@link org.liaison.identity.Role}.
 */
package org.liaison.identity;

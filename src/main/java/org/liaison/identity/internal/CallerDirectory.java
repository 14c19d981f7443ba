package org.liaison.identity.internal;

import java.util.Optional;
import org.liaison.identity.Callers;
import org.liaison.identity.UserAccount;
import org.springframework.stereotype.Service;

/** Users by their username, API clients by {@code client:<name>}. */
@Service
class CallerDirectory implements Callers {

    private final UserStore users;
    private final ApiClientStore clients;

    CallerDirectory(UserStore users, ApiClientStore clients) {
        this.users = users;
        this.clients = clients;
    }

    @Override
    public Optional<String> organisationCode(String principalName) {
        if (principalName != null && principalName.startsWith(ApiClient.PRINCIPAL_PREFIX)) {
            return clients.findByName(principalName.substring(ApiClient.PRINCIPAL_PREFIX.length()))
                    .map(ApiClient::organisationCode);
        }
        return users.find(principalName).map(UserAccount::organisationCode);
    }
}

package org.kotmai.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.elasticsearch.client.ResponseException;
import org.kotmai.elasticsearch.IndexManager;
import org.springframework.stereotype.Component;

/**
 * Users in the Elasticsearch {@code users} index, seeded by the configured users: a configured user is used as
 * configured until an admin changes it, at which point its stored copy takes over. Nothing is written at start,
 * so changing the configuration of a user no admin touched takes effect at the next start.
 */
@Component
class ElasticsearchUserDirectory implements UserDirectory {

    private static final int MAX_USERS = 10_000;
    private static final int ALREADY_EXISTS = 409;
    /** Elasticsearch refuses longer document ids, so no stored user can have a longer name. */
    private static final int MAX_ID_BYTES = 512;

    private final ElasticsearchClient client;
    private final IndexManager indices;
    private final Map<String, UserAccount> configured = new LinkedHashMap<>();

    ElasticsearchUserDirectory(ElasticsearchClient client, IndexManager indices, SecurityProperties properties) {
        this.client = client;
        this.indices = indices;
        LocalUsers.from(properties);
        for (SecurityProperties.LocalUser user : properties.users()) {
            configured.put(user.username(), new UserAccount(user.username(), user.passwordHash(), user.roles(), true,
                    UserAccount.Origin.CONFIGURED, null, null));
        }
    }

    @Override
    public Optional<UserAccount> find(String username) {
        if (username == null || username.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return Optional.ofNullable(configured.get(username));
        }
        GetResponse<UserAccount> stored = call(() -> client.get(g -> g.index(index()).id(username), UserAccount.class));
        return stored.found() ? Optional.of(stored.source()) : Optional.ofNullable(configured.get(username));
    }

    @Override
    public List<UserAccount> all() {
        Map<String, UserAccount> out = new LinkedHashMap<>(configured);
        call(() -> client.search(s -> s.index(index()).size(MAX_USERS), UserAccount.class)).hits().hits().stream()
                .map(Hit::source).forEach(u -> out.put(u.username(), u));
        return out.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    @Override
    public void create(UserAccount account) {
        if (configured.containsKey(account.username())) {
            throw taken(account.username());
        }
        try {
            client.create(c -> c.index(index()).id(account.username()).document(account).refresh(Refresh.True));
        } catch (ElasticsearchException e) {
            if (e.status() == ALREADY_EXISTS) {
                throw taken(account.username());
            }
            throw e;
        } catch (IOException e) {
            // the low-level client reports some error statuses as a ResponseException instead
            if (e instanceof ResponseException r && r.getResponse().getStatusLine().getStatusCode() == ALREADY_EXISTS) {
                throw taken(account.username());
            }
            throw new UncheckedIOException("Elasticsearch did not answer while creating user " + account.username()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void update(UserAccount account) {
        call(() -> client.index(i -> i.index(index()).id(account.username()).document(account).refresh(Refresh.True)));
    }

    private String index() {
        return indices.alias("users");
    }

    private static UserConflictException taken(String username) {
        return new UserConflictException("user '" + username + "' exists already; choose another name");
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer while reading or writing users: "
                    + e.getMessage(), e);
        }
    }
}

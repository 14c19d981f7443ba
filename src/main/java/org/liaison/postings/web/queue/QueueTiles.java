package org.liaison.postings.web.queue;

import java.util.List;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.PostingStatus;
import org.liaison.shared.web.DashboardTiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A liaison officer's dashboard: the posting requests the engine left to them, the partners' answers to agreement
 * requests (art. 16) waiting for their decision, and the certificates.
 */
@Component
class QueueTiles implements DashboardTiles {

    private final PostingRequests requests;

    QueueTiles(PostingRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<Tile> tiles(Authentication user) {
        if (!DashboardTiles.has(user, "LIAISON_OFFICER")) {
            return List.of();
        }
        List<PostingRequest> inReview = requests.withStatus(PostingStatus.IN_REVIEW);
        // the queue lists the answered requests first, so the tile leads to the queue itself
        long answered = inReview.stream().filter(r -> r.agreementAnswer() != null).count();
        return List.of(
                new Tile("postings.dashboard.queue", "postings.dashboard.queue.hint", (long) inReview.size(),
                        "/postings/queue", false),
                new Tile("postings.dashboard.answers", "postings.dashboard.answers.hint", answered, "/postings/queue",
                        false),
                new Tile("postings.dashboard.certificates", "postings.dashboard.certificates.hint", null,
                        "/certificates", false));
    }
}

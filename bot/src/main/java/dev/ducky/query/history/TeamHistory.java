package dev.ducky.query.history;

import dev.ducky.query.examples.WorkedExample;
import java.util.List;

/**
 * The queries teammates posted during incidents, as worked examples, newest first: the translator shows one
 * again when a question is nearly the one it answered. The coach keeps them, since it sees the incidents and
 * knows how Ducky names a person; the query tree only reads them through this.
 */
@FunctionalInterface
public interface TeamHistory {
    List<WorkedExample> examples();
}

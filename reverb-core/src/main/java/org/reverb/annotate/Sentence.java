package org.reverb.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence with its tokens, dependency edges, entities and time expressions. Token indices are
 * positions in {@link #tokens()}.
 */
public record Sentence(int index, String text, List<Token> tokens, List<Dependency> dependencies,
    List<Entity> entities, List<Timex> timexes) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
  }

  /** Edges whose governor is {@code token}. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** Edges whose dependent is {@code token} (more than one in an enhanced graph). */
  public List<Dependency> heads(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first head edge of {@code token} in the basic tree sense: a non-root governor, if any. */
  public Optional<Dependency> head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token && d.governor() >= 0) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The tokens of {@code token}'s subtree, following the graph's edges down without crossing into clauses
   * ({@code acl}, {@code advcl}, {@code ccomp}, {@code parataxis}, {@code conj}) and without cycles.
   */
  public BitSet subtree(int token) {
    BitSet seen = new BitSet(tokens.size());
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(token);
    seen.set(token);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : children(t)) {
        String rel = d.baseRelation();
        if (rel.equals("acl") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("parataxis")
            || rel.equals("conj") || rel.equals("punct") || rel.equals("ref") || seen.get(d.dependent())) {
          continue;
        }
        seen.set(d.dependent());
        todo.push(d.dependent());
      }
    }
    return seen;
  }

  /** The words of tokens [{@code begin}, {@code end}). */
  public List<String> words(int begin, int end) {
    List<String> out = new ArrayList<>(end - begin);
    for (int i = begin; i < end; i++) {
      out.add(tokens.get(i).word());
    }
    return out;
  }

  /** All words of the sentence. */
  public List<String> words() {
    return words(0, tokens.size());
  }
}

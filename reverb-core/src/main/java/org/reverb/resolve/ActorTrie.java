package org.reverb.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reverb.resolve.ActorTokens.Case;
import org.reverb.resolve.ActorTokens.Piece;

/**
 * Phrases of pieces mapped to values, for longest-match scans. Filled while loading, then only read: it is safe
 * to share once the dictionary that holds it has been constructed.
 */
final class ActorTrie<V> {

  /** A phrase that matched: pieces {@code [from, end)} of the text. */
  record Hit<V>(int end, V value) {}

  private record Entry<V>(V value, List<Case> cases, List<String> surfaces) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    final List<Entry<V>> entries = new ArrayList<>(1);
  }

  private final Node<V> root = new Node<>();

  /** Adds {@code phrase}; its case constraints come from how each piece is written. */
  void put(List<Piece> phrase, V value) {
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<V> node = root;
    List<Case> cases = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    for (Piece p : phrase) {
      node = node.next.computeIfAbsent(p.key(), k -> new Node<>());
      cases.add(Case.of(p.surface()));
      surfaces.add(p.surface());
    }
    node.entries.removeIf(e -> e.cases().equals(cases) && e.surfaces().equals(surfaces));
    node.entries.add(new Entry<>(value, List.copyOf(cases), List.copyOf(surfaces)));
  }

  /**
   * Every phrase that matches {@code text} from piece {@code from}, shortest first, each once with the first
   * value whose case constraints the text meets. With {@code strictAcronyms} false, acronyms of up to three
   * letters never match (the text is shouting, so their case says nothing).
   */
  List<Hit<V>> hits(List<Piece> text, int from, boolean strictAcronyms) {
    List<Hit<V>> hits = new ArrayList<>(2);
    Node<V> node = root;
    for (int i = from; i < text.size(); i++) {
      node = node.next.get(text.get(i).key());
      if (node == null) {
        break;
      }
      for (Entry<V> e : node.entries) {
        if (admits(e, text, from, strictAcronyms)) {
          hits.add(new Hit<>(i + 1, e.value()));
          break;
        }
      }
    }
    return hits;
  }

  /** The longest hit from {@code from}, or {@code null}. */
  Hit<V> longest(List<Piece> text, int from, boolean strictAcronyms) {
    List<Hit<V>> hits = hits(text, from, strictAcronyms);
    return hits.isEmpty() ? null : hits.get(hits.size() - 1);
  }

  private static <V> boolean admits(Entry<V> e, List<Piece> text, int from, boolean strictAcronyms) {
    for (int k = 0; k < e.cases().size(); k++) {
      Case c = e.cases().get(k);
      String alias = e.surfaces().get(k);
      if (c == Case.EXACT && !strictAcronyms && letters(alias) <= 3) {
        return false;
      }
      if (!c.admits(text.get(from + k).surface(), alias)) {
        return false;
      }
    }
    return true;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}

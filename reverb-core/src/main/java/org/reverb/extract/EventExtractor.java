package org.reverb.extract;

import java.util.List;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.model.Mention;

/**
 * Finds the events an annotated article tells.
 *
 * <p>Implementations return mentions in text order, never invent a value the text does not support
 * ({@code null} instead), and must be safe to call from several threads.
 */
public interface EventExtractor {

  List<Mention> extract(AnnotatedArticle article);
}

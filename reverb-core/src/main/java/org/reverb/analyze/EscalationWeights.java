package org.reverb.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Modality;

/**
 * How much each event weighs in an escalation series, from a TSV file of rows {@code section  key  value}:
 * <ul>
 *   <li>{@code type  ASSAULT  5}: the weight of a type; {@code type  ASSAULT/aerial  7} of one mode of it (a mode
 *       with no row takes its type's weight); a missing type weighs 0;
 *   <li>{@code modality  planned  0}: a factor for the modality (missing: 1);
 *   <li>{@code fatalities  log  2}: the weight of {@code ln(1 + fatalities)}.
 * </ul>
 * An event's intensity is {@code modality × (type/mode weight + fatalities weight × ln(1 + fatalities))}. Negative
 * weights mark de-escalation (agreements, concessions). Later files override earlier rows; an unknown section,
 * type, mode or modality fails with its file and line.
 */
public final class EscalationWeights {

  private static final String BUNDLED = "escalation-weights.tsv";

  private final Map<EventType, Double> types;
  private final Map<String, Double> modes;
  private final Map<Modality, Double> modalities;
  private final double fatalities;

  private EscalationWeights(Map<EventType, Double> types, Map<String, Double> modes,
      Map<Modality, Double> modalities, double fatalities) {
    this.types = Map.copyOf(types);
    this.modes = Map.copyOf(modes);
    this.modalities = Map.copyOf(modalities);
    this.fatalities = fatalities;
  }

  /** The bundled weights ({@code org/reverb/analyze/escalation-weights.tsv}). */
  public static EscalationWeights bundled() {
    return Bundled.WEIGHTS;
  }

  /** The bundled weights with each file's rows over them, in order. */
  public static EscalationWeights load(Path... overrides) {
    Builder b = new Builder();
    b.read(bundledReader(), BUNDLED);
    for (Path p : overrides) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.read(r, p.toString());
      } catch (IOException e) {
        throw new EscalationWeightsException("cannot read escalation weights " + p + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** Weights read from a text in the file format, over no others (tests). */
  public static EscalationWeights parse(String tsv) {
    Builder b = new Builder();
    b.read(new java.io.StringReader(tsv), "<text>");
    return b.build();
  }

  /** The weight of the event's type and mode, before modality and fatalities. */
  public double weight(EventType type, String mode) {
    Double m = mode == null ? null : modes.get(type.name() + "/" + mode);
    return m != null ? m : types.getOrDefault(type, 0.0);
  }

  /** The factor of a modality. */
  public double factor(Modality modality) {
    return modalities.getOrDefault(modality, 1.0);
  }

  /** {@code modality × (type/mode weight + fatalities weight × ln(1 + fatalities))}. */
  public double intensity(Event e) {
    int dead = e.fatalities() == null ? 0 : e.fatalities();
    return factor(e.modality()) * (weight(e.type(), e.mode()) + fatalities * Math.log1p(dead));
  }

  private static Reader bundledReader() {
    InputStream in = EscalationWeights.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static final class Bundled {
    static final EscalationWeights WEIGHTS = load();
  }

  private static final class Builder {
    final Map<EventType, Double> types = new EnumMap<>(EventType.class);
    final Map<String, Double> modes = new HashMap<>();
    final Map<Modality, Double> modalities = new EnumMap<>(Modality.class);
    double fatalities;

    void read(Reader reader, String file) {
      try (BufferedReader r = new BufferedReader(reader)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          row(line.split("\t"), file, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void row(String[] cells, String file, int line) {
      String where = file + ":" + line;
      if (cells.length != 3) {
        throw new EscalationWeightsException(where + ": expected 3 tab-separated columns (section, key, value), got "
            + cells.length);
      }
      String section = cells[0].strip();
      String key = cells[1].strip();
      double value;
      try {
        value = Double.parseDouble(cells[2].strip());
      } catch (NumberFormatException e) {
        throw new EscalationWeightsException(where + ": value '" + cells[2].strip() + "' is not a number");
      }
      try {
        switch (section) {
          case "type" -> {
            int slash = key.indexOf('/');
            EventType type = EventType.of(slash < 0 ? key : key.substring(0, slash));
            if (slash < 0) {
              types.put(type, value);
            } else {
              String mode = key.substring(slash + 1).toLowerCase(Locale.ROOT);
              if (!type.modes().contains(mode)) {
                throw new EscalationWeightsException(where + ": '" + mode + "' is no mode of " + type + " "
                    + type.modes());
              }
              modes.put(type.name() + "/" + mode, value);
            }
          }
          case "modality" -> modalities.put(Modality.of(key), value);
          case "fatalities" -> {
            if (!key.equals("log")) {
              throw new EscalationWeightsException(where + ": unknown fatalities key '" + key + "'; use log");
            }
            fatalities = value;
          }
          default -> throw new EscalationWeightsException(where + ": unknown section '" + section
              + "'; use type, modality or fatalities");
        }
      } catch (IllegalArgumentException e) {
        if (e instanceof EscalationWeightsException w) {
          throw w;
        }
        throw new EscalationWeightsException(where + ": unknown " + section + " '" + key + "'");
      }
    }

    EscalationWeights build() {
      return new EscalationWeights(types, modes, modalities, fatalities);
    }
  }
}

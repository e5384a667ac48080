using System.IO.Compression;
using System.Text;

namespace Realtime.Scoring.Models;

/// <summary>
/// The compact file of a <see cref="LinearTextModel"/>: Brotli over a little-endian layout of heads, sorted feature
/// hashes, weights as half-precision floats (rows whose weights are all zero are left out) and biases.
/// </summary>
public static class LinearTextModelFile
{
    private const int Magic = 0x4D585452; // "RTXM"
    private const int Version = 1;

    public static void Write(LinearTextModel model, Stream destination)
    {
        int classes = model.ClassCount;
        ReadOnlySpan<float> weights = model.Weights;
        var kept = new List<(uint Feature, int Row)>();
        for (int row = 0; row < model.Features.Length; row++)
        {
            ReadOnlySpan<float> w = weights.Slice(row * classes, classes);
            bool any = false;
            foreach (float v in w)
            {
                any |= (Half)v != Half.Zero;
            }

            if (any)
            {
                kept.Add((model.Features[row], row));
            }
        }

        kept.Sort((a, b) => a.Feature.CompareTo(b.Feature));
        using var brotli = new BrotliStream(destination, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Heads.Count);
        foreach (TextModelHead head in model.Heads)
        {
            writer.Write(head.Name);
            writer.Write(head.Labels.Count);
            foreach (string label in head.Labels)
            {
                writer.Write(label);
            }
        }

        writer.Write(kept.Count);
        foreach ((uint feature, _) in kept)
        {
            writer.Write(feature);
        }

        foreach ((_, int row) in kept)
        {
            foreach (float v in weights.Slice(row * classes, classes))
            {
                writer.Write((Half)v);
            }
        }

        foreach (float bias in model.Biases)
        {
            writer.Write(bias);
        }
    }

    public static LinearTextModel Read(Stream source)
    {
        using var brotli = new BrotliStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Realtime text model file.");
        }

        int version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Text model file version {version} is not supported (expected {Version}).");
        }

        var heads = new TextModelHead[reader.ReadInt32()];
        int classes = 0;
        for (int i = 0; i < heads.Length; i++)
        {
            string name = reader.ReadString();
            var labels = new string[reader.ReadInt32()];
            for (int j = 0; j < labels.Length; j++)
            {
                labels[j] = reader.ReadString();
            }

            heads[i] = new TextModelHead(name, labels);
            classes += labels.Length;
        }

        var features = new uint[reader.ReadInt32()];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = reader.ReadUInt32();
        }

        var weights = new float[features.Length * classes];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }

        var biases = new float[classes];
        for (int i = 0; i < biases.Length; i++)
        {
            biases[i] = reader.ReadSingle();
        }

        return new LinearTextModel(heads, features, weights, biases);
    }
}

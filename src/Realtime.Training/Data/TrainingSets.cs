namespace Realtime.Training.Data;

/// <summary>
/// The examples each head trains on and the held-out examples derived alongside them. Built from the shared data
/// (unless <see cref="TrainingSetOptions.UseSharedData"/> is off), the committed seeds, and any extra files.
/// </summary>
public sealed class TrainingSets
{
    /// <summary>Each short-turn seed word counts this often: alone once, "ok thanks" loses to thousands of grateful tweets.</summary>
    public const int ShortTurnSeedCopies = 25;

    public List<LabelledText> Sentiment { get; } = [];

    public List<LabelledText> Topic { get; } = [];

    public List<LabelledText> Complaint { get; } = [];

    /// <summary>Chinese neutral turns held out from training (hash split), to evaluate the neutral rule's class.</summary>
    public List<LabelledText> HeldOutChineseNeutral { get; } = [];

    /// <summary>Weakly labelled turns held out from training (hash split).</summary>
    public List<LabelledText> HeldOutWeakTopic { get; } = [];

    public static TrainingSets Build(TrainingSetOptions options)
    {
        var sets = new TrainingSets();
        SeedData seeds = SeedData.Load(options.SeedDirectory);
        var neutral = new ChineseNeutralRule(seeds);
        var weakTopic = new WeakTopicRule(seeds);
        var complaint = new ComplaintRule(seeds);
        var shortTurns = new ShortTurnRule(seeds);

        if (options.UseSharedData)
        {
            string data = options.SharedDataDirectory ?? DataLocations.SharedData();
            AddSentiment(sets, LabelledTextFile.Read(Path.Combine(data, "sentiment", "train.tsv")));
            foreach (LabelledText bitext in LabelledTextFile.Read(Path.Combine(data, "topic", "train.tsv")))
            {
                sets.Topic.Add(bitext with { Label = TopicLabels.ToContract(bitext.Label) });
                sets.Complaint.Add(bitext with { Label = ComplaintRule.FromBitext(bitext.Label) });
            }

            AddDialogueTurns(sets, seeds, neutral, weakTopic, complaint, shortTurns, Path.Combine(data, "dialogues", "jddc_zh.jsonl"), chineseNeutral: true);
            AddDialogueTurns(sets, seeds, neutral, weakTopic, complaint, shortTurns, Path.Combine(data, "dialogues", "ecd_taobao_zh.jsonl"), chineseNeutral: false);
        }

        if (options.UseSeeds)
        {
            AddSentiment(sets, seeds.SentimentChat);
            AddSentiment(sets, shortTurns.Words.SelectMany(w => Enumerable.Repeat(new LabelledText("neutral", w), ShortTurnSeedCopies)));
            sets.Topic.AddRange(seeds.Topic);
        }

        foreach (string file in options.SentimentFiles)
        {
            AddSentiment(sets, LabelledTextFile.Read(file));
        }

        foreach (string file in options.TopicFiles)
        {
            sets.Topic.AddRange(LabelledTextFile.Read(file).Select(t => t with { Label = TopicLabels.ToContract(t.Label) }));
        }

        foreach (string file in options.ComplaintFiles)
        {
            sets.Complaint.AddRange(LabelledTextFile.Read(file));
        }

        return sets;
    }

    private static void AddSentiment(TrainingSets sets, IEnumerable<LabelledText> examples)
    {
        foreach (LabelledText example in examples)
        {
            sets.Sentiment.Add(example);
            sets.Complaint.Add(example with { Label = ComplaintRule.FromSentiment(example.Label) });
        }
    }

    /// <summary>
    /// Chinese neutrals come from JD turns only: Taobao roles are inferred, so a "customer" turn there may be the agent.
    /// Weak topics and complaint cues use both. Short closings and acknowledgements count at every occurrence, so the
    /// models see them as often as a live chat does; the held-out split of other turns is by text.
    /// </summary>
    private static void AddDialogueTurns(
        TrainingSets sets, SeedData seeds, ChineseNeutralRule neutral, WeakTopicRule weakTopic, ComplaintRule complaint,
        ShortTurnRule shortTurns, string path, bool chineseNeutral)
    {
        var seen = new HashSet<string>();
        foreach (string raw in DialogueTurns.Customer(path))
        {
            string text = seeds.CleanTurn(raw);
            if (chineseNeutral && shortTurns.IsShortTurn(text))
            {
                sets.Sentiment.Add(new LabelledText("neutral", text));
                sets.Complaint.Add(new LabelledText("none", text));
                continue;
            }

            if (text.Length < 2 || !seen.Add(text))
            {
                continue;
            }

            bool heldOut = HoldOut.IsHeldOut(text);
            if (chineseNeutral && neutral.IsNeutral(text))
            {
                if (heldOut)
                {
                    sets.HeldOutChineseNeutral.Add(new LabelledText("neutral", text));
                }
                else
                {
                    sets.Sentiment.Add(new LabelledText("neutral", text));
                    sets.Complaint.Add(new LabelledText("none", text));
                }
            }
            else if (!heldOut && complaint.HasCue(text))
            {
                sets.Complaint.Add(new LabelledText("complaint", text));
            }

            if (weakTopic.Label(text) is { } topic)
            {
                (heldOut ? sets.HeldOutWeakTopic : sets.Topic).Add(new LabelledText(topic, text));
            }
        }
    }
}

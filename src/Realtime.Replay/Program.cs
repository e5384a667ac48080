Console.Error.WriteLine("usage: Realtime.Replay FILE [--speed N|--max] [--target URL]");
return 2;

Console.Error.WriteLine("usage: train | evaluate --task sentiment|topic --data FILE");
return 2;
